// Regression (difftest): to_lowercase maps beyond ASCII (ÀÉ to àé), and a capital sigma at the end of a word becomes ς, elsewhere σ.
println!("{}", "ÀÉ".to_lowercase());
println!("{}", "ὈΔΥΣΣΕΎΣ".to_lowercase());
println!("{}", "ΣΑΣ ΣΑΣ'Σ".to_lowercase());
println!("{}", "Σ".to_lowercase());
let s = String::from("İ");
let lower = s.to_lowercase();
println!("{} {} {}", lower, lower.len(), lower.capacity());
// expect: àé
// expect: ὀδυσσεύς
// expect: σας σασ'ς
// expect: σ
// expect: i̇ 3 8
