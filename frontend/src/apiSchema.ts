// Generated from the app's OpenAPI document (/api/openapi.json) by `npm run api-types`; do not edit.
// npm test fails when this file no longer matches the document.
export interface paths {
    "/healthz/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: 200 while the process runs */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 200 when the store answers and holds seeded data, 503 otherwise */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness (alias of /healthz/ready) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The timeline's events in one language, with their sources and the features they concern */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oembed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** oEmbed answer for a widget address */
        get: operations["getOEmbed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/layers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The map layers, with sources and licences */
        get: operations["listLayers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/layers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One layer as GeoJSON, simplified for a zoom level, optionally within a bbox */
        get: operations["getLayer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basemap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offline basemap layers, and online tiles where configured */
        get: operations["listBasemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basemap/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One basemap layer as GeoJSON */
        get: operations["getBasemapLayer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** China's trade with each Central Asian state in one year */
        get: operations["getTradeYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trade/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every year of trade, both reporters */
        get: operations["getTradeSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trade/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regional figures and the capitals the flow lines join */
        get: operations["getTradeContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The routes planners compare */
        get: operations["listRoutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routes/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network's nodes, for planning */
        get: operations["listNetworkNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routes/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Metrics of two to six routes side by side */
        get: operations["compareRoutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routes/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The best path between two nodes, optionally avoiding countries */
        get: operations["planRoute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routes/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Metrics of a route you drew (GeoJSON LineString or Feature) */
        post: operations["measureRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routes/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Volumes by year, one series per reporter, and the capacity of the corridors' bottlenecks */
        get: operations["listRouteVolumes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save a map widget and get its embed code */
        post: operations["createWidget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A saved widget's configuration */
        get: operations["getWidget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The landing page: links to the conformance classes, the collections and the API definition */
        get: operations["getLandingPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/conformance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conformance classes this API implements */
        get: operations["getConformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every collection, with extent, licence and sources */
        get: operations["listCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One collection */
        get: operations["getCollection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of a collection's features: bbox, datetime, property=value, limit; next and prev links page on */
        get: operations["getItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{collectionId}/items/{featureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One feature */
        get: operations["getItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BasemapInfo: {
            layers: components["schemas"]["LayerInfo"][];
            onlineTiles: components["schemas"]["OnlineTilesInfo"] | null;
        };
        BorderHoursFigureInfo: {
            place: string;
            mode: string;
            direction: string;
            /** Format: int32 */
            year: number;
            /** Format: double */
            hours: number;
            reporter: string;
            sources: components["schemas"]["SourceInfo"][];
        };
        BorderHoursInfo: {
            /** Format: double */
            min: number | null;
            /** Format: double */
            max: number | null;
            /** Format: double */
            totalMin: number | null;
            /** Format: double */
            totalMax: number | null;
            places: string[];
            basis: string;
            note: string;
            figures: components["schemas"]["BorderHoursFigureInfo"][];
        };
        CapacityInfo: {
            /** Format: double */
            value: number;
            unit: string;
            asOf: string;
            text: string;
            sources: components["schemas"]["SourceInfo"][];
        };
        CapacityLinkInfo: {
            id: string;
            name: string;
            nodes: string[];
            capacity: components["schemas"]["CapacityInfo"];
            throughput: components["schemas"]["ThroughputInfo"];
            /** Format: double */
            utilisation: number;
        };
        Co2Info: {
            /** Format: double */
            min: number;
            /** Format: double */
            max: number;
            basis: string;
            tonnesPerTeu: components["schemas"]["JsonElement"];
            byMode: components["schemas"]["JsonElement"];
        };
        CostFigureInfo: {
            /** Format: double */
            value: number;
            unit: string;
            covers: string;
            reporter: string;
            comparable: boolean;
            sources: components["schemas"]["SourceInfo"][];
            /** Format: double */
            valueMax?: number | null;
            /** Format: int32 */
            year?: number | null;
            asOf?: string | null;
            coversText?: string | null;
            series?: string | null;
            note?: string | null;
        };
        CostInfo: {
            /** Format: double */
            min: number | null;
            /** Format: double */
            max: number | null;
            unit: string;
            basis: string;
            note: string | null;
            figures: components["schemas"]["CostFigureInfo"][];
            series: components["schemas"]["CostSeriesInfo"][];
            surcharges: components["schemas"]["CostSurchargeInfo"][];
        };
        CostPointInfo: {
            asOf: string;
            /** Format: double */
            value: number;
            sources: components["schemas"]["SourceInfo"][];
        };
        CostSeriesInfo: {
            id: string;
            title: string;
            reporter: string;
            unit: string;
            covers: string;
            points: components["schemas"]["CostPointInfo"][];
        };
        CostSurchargeInfo: {
            against: string;
            /** Format: double */
            factorMax: number;
            text: string;
            asOf: string;
            reporter: string;
            sources: components["schemas"]["SourceInfo"][];
        };
        GeoJsonFeature: {
            type: string;
            id: string;
            geometry: components["schemas"]["JsonElement"];
            properties: components["schemas"]["JsonElement"];
        };
        GeoJsonFeatureCollection: {
            type: string;
            features: components["schemas"]["GeoJsonFeature"][];
        };
        HealthReport: {
            status: string;
            store: string;
            dataVersion: string | null;
        };
        HttpValidationProblemDetails: {
            type?: string | null;
            title?: string | null;
            /** Format: int32 */
            status?: number | null;
            detail?: string | null;
            instance?: string | null;
            errors?: {
                [key: string]: string[];
            };
        };
        JsonElement: unknown;
        JsonObject: Record<string, never>;
        LayerInfo: {
            id: string;
            title: string;
            geometryType: string;
            description: string;
            sources: components["schemas"]["SourceInfo"][];
            licence: components["schemas"]["LicenceInfo"];
        };
        LicenceInfo: {
            title: string;
            url: string;
            attribution: string;
        };
        LivenessReport: {
            status: string;
        };
        MirrorGap: {
            iso3: string;
            name: string;
            /** Format: int32 */
            year: number;
            /** Format: double */
            china: number;
            /** Format: double */
            partner: number;
            /** Format: double */
            gap: number;
            /** Format: double */
            gapPercentOfPartner: number;
            chinaSources: components["schemas"]["SourceInfo"][];
            partnerSources: components["schemas"]["SourceInfo"][];
            reasons: components["schemas"]["MirrorReason"][];
        };
        MirrorReason: {
            iso3: string;
            text: string;
            sources: components["schemas"]["SourceInfo"][];
        };
        NetworkNodeInfo: {
            id: string;
            name: string;
            kind: string;
            country: string;
            coordinates: number[];
            names: {
                [key: string]: string;
            };
        };
        OEmbedResponse: {
            version: string;
            type: string;
            provider_name: string;
            provider_url: string;
            title: string;
            html: string;
            /** Format: int32 */
            width: number;
            /** Format: int32 */
            height: number;
            /** Format: int32 */
            cache_age: number;
        };
        OgcCollectionInfo: {
            id: string;
            title: string;
            description: string;
            itemType: string;
            extent: components["schemas"]["OgcExtent"];
            crs: string[];
            attribution: string;
            license: components["schemas"]["OgcLicence"];
            sources: components["schemas"]["OgcSource"][];
            queryables: string[];
            links: components["schemas"]["OgcLink"][];
        };
        OgcCollectionList: {
            links: components["schemas"]["OgcLink"][];
            collections: components["schemas"]["OgcCollectionInfo"][];
        };
        OgcConformance: {
            conformsTo: string[];
        };
        OgcExtent: {
            spatial: components["schemas"]["OgcSpatialExtent"];
            temporal?: components["schemas"]["OgcTemporalExtent"] | null;
        };
        OgcFeature: {
            type: string;
            id: string;
            geometry: components["schemas"]["JsonElement"];
            properties: components["schemas"]["JsonElement"];
            links?: components["schemas"]["OgcLink"][] | null;
        };
        OgcFeatureCollection: {
            type: string;
            features: components["schemas"]["OgcFeature"][];
            /** Format: int64 */
            numberMatched: number;
            /** Format: int32 */
            numberReturned: number;
            links: components["schemas"]["OgcLink"][];
        };
        OgcLandingPage: {
            title: string;
            description: string;
            links: components["schemas"]["OgcLink"][];
        };
        OgcLicence: {
            title: string;
            url: string;
        };
        OgcLink: {
            href: string;
            rel: string;
            type?: string | null;
            title?: string | null;
        };
        OgcSource: {
            title: string;
            url: string | null;
        };
        OgcSpatialExtent: {
            bbox: number[][];
            crs: string;
        };
        OgcTemporalExtent: {
            interval: string[][];
            trs: string;
        };
        OnlineTilesInfo: {
            url: string;
            attribution: string;
            /** Format: int32 */
            maxZoom: number;
        };
        ProblemDetails: {
            type?: string | null;
            title?: string | null;
            /** Format: int32 */
            status?: number | null;
            detail?: string | null;
            instance?: string | null;
        };
        RouteComparisonAnswer: {
            routes: components["schemas"]["RouteMetricsInfo"][];
        };
        RouteMetricsInfo: {
            id: string;
            name: string;
            /** Format: double */
            lengthKm: number;
            /** Format: double */
            geometryKm: number;
            lengthBasis: string;
            lengthByModeKm: {
                [key: string]: number;
            };
            lengthByCountryKm: {
                [key: string]: number;
            };
            countries: string[];
            /** Format: int32 */
            borderCrossings: number;
            /** Format: int32 */
            gaugeBreaks: number | null;
            gaugeBreakPlaces: string[];
            /** Format: int32 */
            transshipments: number;
            transshipmentPlaces: string[];
            transitDays: components["schemas"]["TransitDaysInfo"];
            co2: components["schemas"]["Co2Info"];
            /** Format: double */
            co2KgPerTeu: number;
            sections: components["schemas"]["RouteSectionInfo"][];
            geometry: components["schemas"]["JsonElement"];
            nodes?: string[] | null;
            status?: string | null;
            opensAbout?: unknown;
            scenario?: string | null;
            gaugeNote?: string | null;
            costUsdPerFeu?: components["schemas"]["CostInfo"] | null;
            borderHours?: components["schemas"]["BorderHoursInfo"] | null;
            tightestLink?: components["schemas"]["CapacityLinkInfo"] | null;
        };
        RouteSectionInfo: {
            id: string;
            name: string;
            mode: string;
            status: string;
            /** Format: double */
            lengthKm: number;
            /** Format: double */
            geometryKm: number;
            basis: string;
            lengthByCountryKm: {
                [key: string]: number;
            };
            sources?: components["schemas"]["SourceInfo"][] | null;
            published?: unknown;
            expectedOpening?: unknown;
        };
        RouteSummaryInfo: {
            id: string;
            name: string;
            from: string;
            to: string;
            modes: string[];
            nodes: string[];
        };
        RouteVolumesAnswer: {
            series: components["schemas"]["VolumeSeriesInfo"][];
            links: components["schemas"]["CapacityLinkInfo"][];
        };
        SourceInfo: {
            title: string;
            url: string | null;
        };
        ThroughputInfo: {
            /** Format: double */
            value: number;
            unit: string;
            /** Format: int32 */
            year: number;
            reporter: string;
            sources: components["schemas"]["SourceInfo"][];
        };
        TimelineAnswer: {
            lang: string;
            translation: string;
            events: components["schemas"]["TimelineEvent"][];
        };
        TimelineEvent: {
            id: string;
            date: string;
            precision: string;
            /** Format: int32 */
            year: number;
            title: string;
            summary: string;
            features: components["schemas"]["TimelineFeature"][];
            bbox: number[] | null;
            sources: components["schemas"]["SourceInfo"][];
            notes: components["schemas"]["TimelineNote"][];
        };
        TimelineFeature: {
            layer: string;
            id: string;
            name: string;
            geometry?: unknown;
        };
        TimelineNote: {
            text: string;
            sources: components["schemas"]["SourceInfo"][];
        };
        TradeContextAnswer: {
            origin: components["schemas"]["TradeContextPlace"];
            partners: components["schemas"]["TradeContextPartner"][];
            figures: components["schemas"]["TradeContextFigure"][];
            mirror: components["schemas"]["TradeContextMirror"];
            about?: string | null;
        };
        TradeContextFigure: {
            id: string;
            label: string;
            unit: string;
            sources?: components["schemas"]["SourceInfo"][] | null;
            /** Format: double */
            value?: number | null;
            /** Format: int32 */
            year?: number | null;
            reporter?: string | null;
            values?: unknown;
            comparable?: boolean | null;
            note?: string | null;
        };
        TradeContextMirror: {
            about: string;
            reasons: components["schemas"]["MirrorReason"][];
        };
        TradeContextPartner: {
            iso3: string;
            name: string;
            capital: string;
            /** Format: double */
            lon: number;
            /** Format: double */
            lat: number;
            sources: components["schemas"]["SourceInfo"][];
        };
        TradeContextPlace: {
            name: string;
            /** Format: double */
            lon: number;
            /** Format: double */
            lat: number;
            sources: components["schemas"]["SourceInfo"][];
        };
        TradeSeriesAnswer: {
            unit: string;
            years: number[];
            series: components["schemas"]["TradeSeriesEntry"][];
            mirror: components["schemas"]["MirrorGap"][];
        };
        TradeSeriesEntry: {
            iso3: string;
            name: string;
            reporter: string;
            points: components["schemas"]["TradeSeriesPoint"][];
        };
        TradeSeriesPoint: {
            /** Format: int32 */
            year: number;
            /** Format: double */
            total: number;
            /** Format: double */
            exports: number | null;
            /** Format: double */
            imports: number | null;
            source: components["schemas"]["SourceInfo"];
            sources: components["schemas"]["SourceInfo"][];
            derived: boolean;
            note: string | null;
        };
        TradeYearAnswer: {
            /** Format: int32 */
            year: number;
            unit: string;
            reporter: string;
            perspective: string;
            partners: components["schemas"]["TradeYearPartner"][];
        };
        TradeYearPartner: {
            iso3: string;
            name: string;
            /** Format: double */
            total: number | null;
            /** Format: double */
            exports: number | null;
            /** Format: double */
            imports: number | null;
            source: components["schemas"]["SourceInfo"] | null;
            sources: components["schemas"]["SourceInfo"][];
            derived?: boolean | null;
            note?: string | null;
            mirror?: components["schemas"]["MirrorGap"] | null;
        };
        TransitComparisonInfo: {
            text: string;
            asOf: string;
            sources: components["schemas"]["SourceInfo"][];
        };
        TransitDaysInfo: {
            /** Format: double */
            min: number | null;
            /** Format: double */
            max: number | null;
            basis: string;
            source: components["schemas"]["SourceInfo"] | null;
            sources: components["schemas"]["SourceInfo"][];
            figures: components["schemas"]["TransitFigureInfo"][];
            note?: string | null;
            spread?: components["schemas"]["TransitSpreadInfo"] | null;
            comparisons?: components["schemas"]["TransitComparisonInfo"][] | null;
        };
        TransitFigureInfo: {
            /** Format: double */
            minDays: number;
            /** Format: double */
            maxDays: number;
            covers: string;
            asOf: string;
            sources: components["schemas"]["SourceInfo"][];
            scope?: string | null;
        };
        TransitSpreadInfo: {
            /** Format: int32 */
            figures: number;
            from: string;
            to: string;
        };
        VolumePointInfo: {
            /** Format: int32 */
            year: number;
            /** Format: double */
            value: number;
            sources: components["schemas"]["SourceInfo"][];
            lowerBound?: boolean | null;
            approximate?: boolean | null;
        };
        VolumeSeriesInfo: {
            id: string;
            title: string;
            unit: string;
            kind: string;
            reporter: string;
            routes: string[];
            points: components["schemas"]["VolumePointInfo"][];
        };
        WidgetConfig: {
            title?: string;
            caption?: string;
            layers?: string[];
            /** Format: int32 */
            year?: number | null;
            center?: number[];
            /** Format: int32 */
            zoom?: number;
            basemap?: string;
            type?: string;
            lang?: string | null;
        };
        WidgetCreated: {
            id: string;
            embedUrl: string;
            iframe: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessReport"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineAnswer"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getOEmbed: {
        parameters: {
            query?: {
                url?: string;
                format?: string;
                maxwidth?: number;
                maxheight?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OEmbedResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Implemented */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listLayers: {
        parameters: {
            query?: {
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayerInfo"][];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLayer: {
        parameters: {
            query?: {
                zoom?: string;
                bbox?: string;
                lang?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": components["schemas"]["GeoJsonFeatureCollection"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listBasemap: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BasemapInfo"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getBasemapLayer: {
        parameters: {
            query?: {
                zoom?: string;
                bbox?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": components["schemas"]["GeoJsonFeatureCollection"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTradeYear: {
        parameters: {
            query?: {
                year?: string;
                reporter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeYearAnswer"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getTradeSeries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeSeriesAnswer"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getTradeContext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeContextAnswer"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listRoutes: {
        parameters: {
            query?: {
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouteSummaryInfo"][];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listNetworkNodes: {
        parameters: {
            query?: {
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkNodeInfo"][];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    compareRoutes: {
        parameters: {
            query?: {
                ids?: string;
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouteComparisonAnswer"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    planRoute: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                avoid?: string;
                by?: string;
                scenario?: string;
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouteMetricsInfo"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    measureRoute: {
        parameters: {
            query?: {
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/geo+json": components["schemas"]["JsonObject"];
                "application/json": components["schemas"]["JsonObject"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouteMetricsInfo"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listRouteVolumes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouteVolumesAnswer"];
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createWidget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WidgetConfig"] | null;
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetCreated"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetConfig"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLandingPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcLandingPage"];
                    "text/html": components["schemas"]["OgcLandingPage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getConformance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcConformance"];
                    "text/html": components["schemas"]["OgcConformance"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCollections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcCollectionList"];
                    "text/html": components["schemas"]["OgcCollectionList"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                collectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcCollectionInfo"];
                    "text/html": components["schemas"]["OgcCollectionInfo"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                collectionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": components["schemas"]["OgcFeatureCollection"];
                    "text/html": components["schemas"]["OgcFeatureCollection"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                collectionId: string;
                featureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": components["schemas"]["OgcFeature"];
                    "text/html": components["schemas"]["OgcFeature"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
