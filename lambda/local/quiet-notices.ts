// virtual-alexa loads the old aws-sdk v2, which prints an end-of-support notice on import; the
// simulator does not use it. Imported first so the setting is in place before that import.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
// The AWS SDK warns on every start that its 2027 releases need Node 22; Lambda runs the bundle on 22 or later.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
