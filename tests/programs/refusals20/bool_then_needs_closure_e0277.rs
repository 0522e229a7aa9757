// bool::then takes a closure: passing the value itself (as then_some takes it) is rustc's E0277 at the argument.
fn main() {
    let n = 5;
    let x = (n > 3).then(n * 2);
    println!("{:?}", x);
}
// error: E0277 at 4:26
