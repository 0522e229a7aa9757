// `.into()` between numbers where std has a lossless From: i32 into i64, u32 into f64, char into u32, bool into u8.
fn average(v: &[i32]) -> f64 {
    let mut sum: i64 = 0;
    for &x in v {
        let wide: i64 = x.into();
        sum += wide;
    }
    let n: f64 = (v.len() as u32).into();
    let total: f64 = (sum as i32).into();
    total / n
}
fn main() {
    let b: i64 = 7i32.into();
    let c: u32 = 'z'.into();
    let d: u8 = true.into();
    println!("{} {} {} {}", b, c, d, average(&[1, 2, 4]));
}
// expect: 7 122 1 2.3333333333333335
