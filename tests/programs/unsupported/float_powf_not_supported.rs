// `f64::powf` is libm's pow, whose last digits Emscripten's musl does not reproduce for every argument: named as not supported, never E0599.
fn main() {
    let x: f64 = 2.0;
    println!("{}", x.powf(0.37));
}
// expect: 1.2923528306374923
// unsupported: the method `powf` of `f64`
