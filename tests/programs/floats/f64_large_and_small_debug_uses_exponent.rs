// `{}` never uses an exponent; `{:?}` switches to one for very large or very small values.
fn main() {
    let big = 10000000000000000.0;
    let small = 0.00001;
    let medium = 123456789.125;
    println!("{} {:?}", big, big);
    println!("{} {:?}", small, small);
    println!("{} {:?}", medium, medium);
    let below = 1000000000000000.0;
    println!("{:?} {:?}", below, 0.0001);
}
// expect: 10000000000000000 1e16
// expect: 0.00001 1e-5
// expect: 123456789.125 123456789.125
// expect: 1000000000000000.0 0.0001
