// `f64::consts::PI` names the primitive type, which has no `consts`: E0223; the module is `std::f64::consts`.
let area = f64::consts::PI * 2.0;
println!("{}", area);
// error: E0223 at 2:12
