using System.Globalization;
using System.Numerics;
using CognitoTyped.Srp;

namespace CognitoTyped.Tests.Srp;

/// <summary>
/// The published vectors of ../shared/reference/srp-test-vectors.md (AWS's .NET extension, alexrudd/cognito-srp,
/// pycognito, cognito-srp-helper, amplify-js).
/// </summary>
public sealed class SrpPublishedVectorTests
{
    private const string AwsSalt = "b704a27deb8cf5efec43a40eac5b60d2";

    private const string AwsKeyB =
        "8d340308265ada665b1b2c730fb65ff0b6dc746b63c2d7e9f08b8aa9306d4848268bc0c17ee4a2999173ca62af59fd74ba5d00f16c96bea082b163f2c3a0b745455d62cb9577425b4b5d4dadba163a8e7759a7c0256795f464682770588c84e82f2c63d4701751476da8e8a7b1a131e78560fe7b56b6761fcef88dcc486f403369a0cac2f04c25ed6d5e08b5a2f488500a0d5af4972cfa1213bfca37bbae189c8d58465b13193204f21ea01d267c7688e6e6cb5d3f5a8005db680d272308ee823816032dd2c8fc3b95b6fd0a742feb127e3d094cd002a5e6b209415ff82f6abf50d5da43910a0336e9a6fc33dd101bf13f22f13fcb3ea3809aae4917d7c426fb8c0a894030c75d3e15f0e1078a9d89e5154391cde6111ac14fab9fa3b3a880da7dbd47fd5a055937581d26b5d225c076e82f980dcbd77b3950d270d8b622dca9c9bcd8fd6435a59b9690b3c9e2bdabf58cae3420c19066abc420145b1b66f226a6493c96588c2d53b637798fcaa573379f2251848065fe1fafb68ed5e79135e9";

    private const string AwsSignatureB =
        "f6c76f03232c3a93a634f5e49a74efbfffcd2b81f0dacb2bce0274ae68601b3d42a98feb96ba6a310cc2d4183edac62d571d0d220258d8753a80c4f8815a10953a21964f19c824916f46417f46d921d7956bf5c10c63e7b1c84ce6e2bc407b4e0a103a529313f439182c6450ed434d049e0d9dd5da8cf3a1d1f6f2839f55754a7b17444b8c55ff6b13bf63f61e473ad6fad9f4a1a0b2541b200de07c10296d679b36bf683245cee039842ad9579031e26cb0931ac202fe713fa2c64f920a9830722f708d5ede7ab0521363e45fb2ad0afefbd65264c39f46d0c4011e2e8dbf8d6c53764719599a359b17bcd4d7e37c76e9e68adde0dc586a29f835a2decab335a49408fbc8452d2696743f4465d12748851889d405d7287296e93f9abfb9f11806235bb588e8381a0060a174f5b0959eedba81b94eb383e80465323b1fc85478edcca4b67403a45b73ccbdcd9eaeacebd5f2ca32c7344fdbbc15a2a3d060c2b822851a282370a8dacbbfedbc511376a6e8ad95a5ce28fc2b9c37751c8d4314b9";

    private const string AwsSecretBlock =
        "iZY+s7lYj4/5me1dgBZ9QR0vYOoatfBhec3Rc3kqPFAGIWAwxmaoXkOR1+kEvm0Aic/CxgXe0KHTTZuyKpsMfjbo2J2YweeAtj47z6HCgVScBHeJ5il4NUhGJ6ehqWPls5ub233161UU/SxKAZYySbB8NNHIQidPNxEvBycU5gOeO9cOv4dlm3dwSRNFlg8OWJysI7+ZXUgSWdfUBqog90wkIfLr7HirXnd3axiqpHqAApu4Ls7JFvgXxJa74ZJLtFobED/qSc4ALtRiAPwhKkomxhSXDF1S3dD+LcTQaR0/gJY1+p1CuyTCQNBTVz5idOq8NhG/mMupKow7i54xWJp3gWCeRLMRYD5Od/b7QSgtBYZeLT2rDPb6T8oy8qScK4gq+1Ye6KmXTtmdc7XBhwtyCk4xA8YBjeXO/Gq3G+rzpqMOS9e8P/EZ1xldkcme0qYesbUiKSVO30N2lPKo3qzWyq6zFi0pINpCiWLD+qdWa9Arofsml2IYgCxZwmoIRVk8vd/+UdhErVRFdOmMZWQVLki0K09UgrnvLLBcMxc4wq8myUmMivVpxg8vSaexrxGxDVnKZHgfl0jFCEWIYyMvPAspOo9bBT1l+oQlVpf6RPKWlxgE4JSiWd9LD3PMdtETsyrWv1IxtktyzGI27UVanj0gGfesM56/FNImaxh+eoTBq4fJWxvfN0FvB90Ib/ZV+oJZ3jj8pKrZmDohutOQZqEIP5mme3UMGbkeF1zVnBuPT/Ujyb94RayMB4qvqnZap87o8gJ4iv0yp+HMAAxvPSvYJSr/dny/jEdsWM8aKU+a9+n3aMPo/97DSIyiw2E3jcorR2emlichUHqdwDg/GAACUMTmV6peecDdhuF/KNZXBF4GEsoutDzPSsaXnQ11qKejULZt//fQ/e5JzWbUVhWXBOiRr4JmbPdmWo9WIORrg/yrAlSe9RNnJOW+OCsAKLZYEHfuueUQYaxOpBTst+YQXzbwNYyX47H8nUDVXRLiA0zAoQHeTMXN8lL688MTICEUNaJW9QWjrNIaTPic0oJ6CxVM/ayd8qv28EQ9BhyyE5yEreC9y+bpUQjTwxe62H/j0NiMsE5806dhx2RzxBlEYl51hs1aqwpQ6NGn51bwZPZ5O7YitLyYdAoEdTo0hCXTKF2ITbSy8ZDv5cxQSv5zyXeHRfa/o1GSHWPawy3lYjHChVVj/ALBjpFVPJJwByQZqgXsrvuknWk7QFAi21acQxm/4pqPVtFNVW7yZ51FawlQu6rKKfu1kyTJ6CKlcdXuJFv/NxQLPLq/to4b0UHNaD/mymwr0GSEn9GxpVB4fjhL4L2BRxCpt4lfLtx1KMiTivUMIhrVShnrgUy2mpd/jooMsSf17GSvCYReg9dsaqvZXqbEMv6P2BX+RNXicLSfeDO9NyZhtuWZxyLJ5IlagOpVNbtGb/HCEQy+zF8ySzho6e8vHxNodJX+xwCxRyKl6wbEdSEulWgm5WaUmsfySrNqLKassfrTdKLHyWUvjbWucEFzS0ddu+Q7j5RGaZ4MO7Qf1hN57WUE7irwXBc9UoAWI3Sggb+oDDuVKN5PMF6cL+3/yfetGX0Wrh9tk34z5pizLmOgqOqkMW5yFDqw8/pRqQA4Qo+VrpHL1a4vANgmOHw98918pFiCG5lacOQn4FmA2QGWfNxU72qy6MLPnTgN/olShAFNFgckIn2F";

    private const string RuddLargeADecimal =
        "2012821450179237266067414751941060928019817287314017835667297413615441680042015648893619512074574801551816908048875039310556108650595869145768432324376774060555385775073708569121688902158895642383219736852216366144529156744028151458424436810791218362729260005923018973559621869173270335133101064964177433161771074465994401225946602823489327809869650103314918749719145076380535976325009253493972634191523079035525341598366462733532137597586069288340594563327421244726332307232609401008335819089778907622323610696065668900966210610871808610884224270017149857647788822043386341947275701612494162630191389615660619561655481399573723311377577792260581174997618956152489507325218699555095233121100546572188701563979417701865276739418278601329844176326814813849675127887644523181751359470351143169066091784103404544366711287145804238613966547260918328728126017769114261057445005776403447691297001659393612551419207658913838531096191";

    /// <summary>a as AWS's .NET tests build it: <c>new BigInteger(bytes)</c>, bytes[0] = 0, bytes[1..1023] = 2 (little-endian).</summary>
    private static SrpSession AwsSession()
    {
        var bytes = new byte[1024];
        bytes.AsSpan(1).Fill(0x02);
        return SrpSession.CreateWithSmallA(new BigInteger(bytes));
    }

    [Fact]
    public void Password_authentication_key_matches_AWS_dotnet_vector()
    {
        var key = AwsSession().ComputePasswordAuthenticationKey(
            "Pj8nlkpKR", "User5", "Password1!", SrpEncoding.ParseUnsignedHex(AwsKeyB), SrpEncoding.ParseUnsignedHex(AwsSalt));

        Assert.Equal("LmbBsy/4chqMRYOhmtmCrA==", Convert.ToBase64String(key));
    }

    [Fact]
    public void Password_claim_signature_matches_AWS_dotnet_vector()
    {
        var claim = AwsSession().ComputeClaim(
            "Pj8nlkpKR", "User5", "Password1!", AwsSignatureB, AwsSalt, AwsSecretBlock, new DateTimeOffset(2017, 6, 15, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal("Thu Jun 15 07:00:00 UTC 2017", claim.Timestamp);
        Assert.Equal("QwHbbUqF6DSSepJh2QqTWDCb1XjmqaxnnW5kDn5dz7E=", claim.Signature);
    }

    [Fact]
    public void Identity_hash_matches_AWS_dotnet_device_key_hash_vector()
    {
        var hash = new byte[32];
        SrpSession.HashIdentity("Pj8nlkpKR", "User5", "Password1!", hash);

        Assert.Equal("rJra60Rbj/4QW4UdYVl7wde78eMoiaw7Wk+WoDqo5K8=", Convert.ToBase64String(hash));
    }

    [Fact]
    public void Multiplier_k_matches_cognito_srp_vector()
    {
        Assert.Equal(
            BigInteger.Parse("37772559067617796309459009502931177628717927509759535181635788491848250400486", CultureInfo.InvariantCulture),
            SrpGroup.K);
        Assert.Equal("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6", SrpEncoding.ToMinimalHex(SrpGroup.K));
    }

    [Fact]
    public void Large_A_for_small_a_1234567890_matches_cognito_srp_vector()
    {
        var session = SrpSession.CreateWithSmallA(new BigInteger(1234567890));

        Assert.Equal(BigInteger.Parse(RuddLargeADecimal, CultureInfo.InvariantCulture), session.LargeA);
        Assert.Equal(SrpEncoding.ToMinimalHex(session.LargeA), session.LargeAHex);
    }

    [Fact]
    public void Password_authentication_key_matches_cognito_srp_vector()
    {
        var session = SrpSession.CreateWithSmallA(new BigInteger(1234567890));

        var key = session.ComputePasswordAuthenticationKey("myPool", "test", "test", new BigInteger(1234567890), new BigInteger(1234567890));

        Assert.Equal("d96cde6c95dda17175c1293140c5a81f", Convert.ToHexStringLower(key));
    }

    [Fact]
    public void Password_claim_signature_matches_cognito_srp_vector_given_the_full_pool_id()
    {
        var session = SrpSession.CreateWithSmallA(new BigInteger(1234567890));
        var secretBlock = Convert.ToBase64String("secretssecrestssecrets"u8);

        var claim = session.ComputeClaim(
            "eu-west-1_myPool", "test", "test", "499602d2", "499602d2", secretBlock, new DateTimeOffset(2018, 7, 10, 11, 1, 0, TimeSpan.Zero));

        Assert.Equal("Tue Jul 10 11:01:00 UTC 2018", claim.Timestamp);
        Assert.Equal("tdvQu/Li/qWl8Nni0aFPs+MwY4rvKZm0kSMrGIMSUHk=", claim.Signature);
    }

    [Fact]
    public void Scrambling_parameter_u_matches_cognito_srp_vector()
    {
        var u = SrpSession.ComputeU(SrpEncoding.ParseUnsignedHex("6D797365637265746861736841"), SrpEncoding.ParseUnsignedHex("6D797365637265746861736842"));

        Assert.Equal(BigInteger.Parse("39743664823761398449876968619416475559594078623923024211668626611155104513539", CultureInfo.InvariantCulture), u);
    }

    [Theory]
    [InlineData("123abc", "123abc")]
    [InlineData("123abcd", "0123abcd")]
    [InlineData("8123abcd", "008123abcd")]
    [InlineData("0000123abc", "123abc")]
    public void PadHex_of_parsed_hex_matches_cognito_srp_vector(string hex, string expected)
    {
        Assert.Equal(expected, SrpEncoding.PadHex(SrpEncoding.ParseUnsignedHex(hex)));
    }

    [Theory]
    [InlineData(0, "00")]
    [InlineData(127, "7F")]
    [InlineData(128, "0080")]
    [InlineData(255, "00FF")]
    [InlineData(256, "0100")]
    [InlineData(-1, "FF")]
    [InlineData(-128, "80")]
    [InlineData(-129, "FF7F")]
    [InlineData(-256, "FF00")]
    public void PadHex_matches_amplify_two_complement_table(int value, string expected)
    {
        Assert.Equal(expected, SrpEncoding.PadHex(new BigInteger(value)), ignoreCase: true);
    }

    [Theory]
    [InlineData(2022, 1, 1, 0, 0, 0, "Sat Jan 1 00:00:00 UTC 2022")]
    [InlineData(2022, 1, 2, 12, 0, 0, "Sun Jan 2 12:00:00 UTC 2022")]
    [InlineData(2022, 1, 3, 9, 0, 0, "Mon Jan 3 09:00:00 UTC 2022")]
    [InlineData(2022, 12, 31, 23, 59, 59, "Sat Dec 31 23:59:59 UTC 2022")]
    [InlineData(2000, 1, 2, 3, 4, 5, "Sun Jan 2 03:04:05 UTC 2000")]
    public void Timestamp_has_unpadded_day_in_invariant_culture(int year, int month, int day, int hour, int minute, int second, string expected)
    {
        Assert.Equal(expected, SrpSession.FormatTimestamp(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero)));
    }

    [Fact]
    public void Timestamp_is_in_UTC_and_ignores_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var localMorning = new DateTimeOffset(2022, 1, 3, 1, 30, 0, TimeSpan.FromHours(2));

            Assert.Equal("Sun Jan 2 23:30:00 UTC 2022", SrpSession.FormatTimestamp(localMorning));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
