// Regression (difftest): an overflow of known values inside an `if` branch is rejected by rustc (arithmetic_overflow); the engine only looked at straight-line code.
let k: u8 = 255;
let v: Vec<u8> = Vec::new();
if v.is_empty() {
    let z = k + 1;
    println!("{}", z);
}
// error: lint arithmetic_overflow at 5:13
