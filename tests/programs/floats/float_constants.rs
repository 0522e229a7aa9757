// f64 and f32 name their extremes, infinities, NaN and epsilon; std::f64::consts holds PI and E.
println!("{:e} {} {}", f64::MAX, f32::MIN, f64::EPSILON);
println!("{} {:?} {}", f64::INFINITY, f64::NAN, f32::MIN_POSITIVE);
println!("{} {}", std::f64::consts::PI, std::f32::consts::E);
let r = 2.0;
println!("{:.3}", std::f64::consts::PI * r * r);
// expect: 1.7976931348623157e308 -340282350000000000000000000000000000000 0.0000000000000002220446049250313
// expect: inf NaN 0.000000000000000000000000000000000000011754944
// expect: 3.141592653589793 2.7182817
// expect: 12.566
