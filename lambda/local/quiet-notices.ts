// virtual-alexa loads the old aws-sdk v2, which prints an end-of-support notice on import; the
// simulator does not use it. Imported first so the setting is in place before that import.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
