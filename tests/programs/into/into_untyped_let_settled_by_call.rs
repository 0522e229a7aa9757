// `.into()` into lets typed later by a function's parameter and by a struct field: a char into u32, a bool into u8, an f32 into f64, each by std's lossless From.
struct Reading {
    value: f64,
}

fn show(code: u32) {
    println!("code {}", code);
}

fn main() {
    let c = 'A';
    let code = c.into();
    show(code);
    let on = true;
    let bit = on.into();
    let byte: u8 = bit;
    println!("{}", byte + 1);
    let x: f32 = 1.5;
    let wide = x.into();
    let r = Reading { value: wide };
    println!("{}", r.value);
}
// expect: code 65
// expect: 2
// expect: 1.5
