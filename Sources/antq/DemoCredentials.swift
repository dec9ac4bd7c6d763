import ANTQCore

/// The demo's password users as `KeyRing.provision` and `PasswordHasher.record` made them once
/// (password = account name, as the README says): computed ahead because four scrypt runs
/// would hold up every demo start, and a demo's passwords are public anyway.
enum DemoCredentials {
  struct Credentials {
    let salt: String
    let hash: String
    let publicKey: String
    let wrappedPrivateKey: String
  }

  static let all: [String: Credentials] = [
    "lanhdao": Credentials(
      salt: "7fJunJiHPreLY5A88sim5Q==", hash: "PyaYT9VIMteCgHYvcrO35098977D/IZy+jq2ks+DbO4=",
      publicKey: "xyunjNyR27OiKk/m8yAckcl7wNV9/J1m5uhYcmNfhEo=",
      wrappedPrivateKey:
        "scrypt1$32768$8$1$zuql6/8d1N0hMZViiLMM7Q==$IhsxJwLU9pah3DEtmno2PXDacgdMLbfh8xNESqV2ytao48+qL0j9axjnyQzwYqpgdzo1aOKTtu1RsJbU"
    ),
    "canbo.chidam": Credentials(
      salt: "szunucvZWCM3YicKKxwPSQ==", hash: "EZwOCthkOY5MrPLGfheS0mZcYTJmSFLlyvroiQPZDL0=",
      publicKey: "pM/L94viqIXR1gX2nRXvt9gASEG/AoJBtTDw4RvXRSc=",
      wrappedPrivateKey:
        "scrypt1$32768$8$1$nLuEgcImQpFGvbCI/Tat2A==$NSF3EyiVwJ/PlDA2qsa4+MRcjX0mNgc/1j3zABCTOblcEX5mneE+R4KObHjx/R53Sun2JL01rtwUrpF5"
    ),
  ]
}
