// rustc's overflow lint knows the value of an integer cast (`19 as i64`), so multiplying it past i64's range is rejected at compile time; found by the final difftest campaign (seed 2708).
let n0: i64 = (19 as i64);
let n3: i64 = n0 * (-9_223_372_036_854_439_169i64);
println!("{}", n3);
// error: lint arithmetic_overflow at 3:15
