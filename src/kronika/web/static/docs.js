// Swagger UI over the app's own OpenAPI document (assets served locally).
"use strict";
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
