// min, max and clamp on u128 compare as unsigned numbers, also above i128::MAX (they compared the bits as signed).
let big: u128 = u128::MAX - 5;
let small: u128 = 7;
println!("{} {}", big.min(small), big.max(small));
println!("{}", small.clamp(10, big));
println!("{}", big.abs_diff(small));
// expect: 7 340282366920938463463374607431768211450
// expect: 10
// expect: 340282366920938463463374607431768211443
