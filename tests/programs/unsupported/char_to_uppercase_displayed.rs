// `{}` of a char's `to_uppercase()` would write its chars (ToUppercase is Display): not supported yet, never E0277.
println!("{}", 'ß'.to_uppercase());
// expect: SS
// unsupported: `{}` of a char's `to_uppercase()` at 2:16
