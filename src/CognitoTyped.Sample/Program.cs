using CognitoTyped.Sample;

// The whole sign-up → sign-in → AWS-credentials flow on the client generated from cognito.json.
// With nothing configured it runs against cognito-local started here; set Cognito:Customers:* (environment
// variables Cognito__Customers__UserPoolId, …) to run it against a real user pool.
return await SampleRun.RunAsync(args, Console.Out);
