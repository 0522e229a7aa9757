// Regression (difftest): CJK ideographs and emoji before a panic on its line count two columns each in the panic's location, as rustc's display width does.
let t = "日本🦀"; let n: i64 = "".trim().parse().unwrap();
println!("{} {}", t, n);
// panic: called `Result::unwrap()` on an `Err` value: ParseIntError { kind: Empty }
// panic-at: 2:50
