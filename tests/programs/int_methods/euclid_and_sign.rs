// rem_euclid is never negative and div_euclid rounds so that they agree; signum, min, max and clamp on signed values.
let a: i32 = -7;
println!("{} {}", a % 3, a.rem_euclid(3));
println!("{} {}", a / 3, a.div_euclid(3));
println!("{} {}", a.rem_euclid(-3), a.div_euclid(-3));
println!("{} {} {}", a.signum(), 0i32.signum(), 9i32.signum());
println!("{} {} {}", a.min(2), a.max(2), a.clamp(-5, 5));
println!("{} {}", a.abs(), a.unsigned_abs());
println!("{} {}", a.is_negative(), a.is_positive());
// expect: -1 2
// expect: -2 -3
// expect: 2 3
// expect: -1 0 1
// expect: -7 2 -5
// expect: 7 7
// expect: true false
