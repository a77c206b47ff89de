'use strict';
// The test libraries load aws-sdk v2, which prints an end-of-support notice on every import.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
process.env.POWERTOOLS_DEV = 'true';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
// The simulator and server that tests start keep their data in memory, never in the developer's .local-data.
process.env.LOCAL_DATA = process.env.LOCAL_DATA || 'memory';
