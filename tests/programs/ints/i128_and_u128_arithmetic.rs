// i128 and u128 do exact arithmetic far beyond 64 bits.
fn main() {
    let a: u128 = 18446744073709551615;
    let b = a * a;
    println!("{}", b);
    let c: i128 = -99999999999999999999;
    println!("{}", c * 3);
}
// expect: 340282366920938463426481119284349108225
// expect: -299999999999999999997
