// rem_euclid never gives a negative remainder, div_euclid rounds to match it, and mul_add fuses the multiply and the add into one rounding.
fn main() {
    println!("{} {} {} {}", (-7.5f64).rem_euclid(2.0), 7.5f64.rem_euclid(-2.0), (-7.5f64).div_euclid(2.0), 7.5f64.div_euclid(-2.0));
    let a = 0.1f64;
    println!("{:?} {:?}", a.mul_add(10.0, -1.0), a * 10.0 - 1.0);
}
// expect: 0.5 1.5 -4 -3
// expect: 5.551115123125783e-17 0.0
