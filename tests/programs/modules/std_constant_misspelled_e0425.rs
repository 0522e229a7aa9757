// A constant std's module does not have (`std::f64::consts::PII`): E0425 at the name.
fn main() {
    let r = 2.0;
    let area = std::f64::consts::PII * r * r;
    println!("{:.2}", area);
}
// error: E0425 at 4:34
