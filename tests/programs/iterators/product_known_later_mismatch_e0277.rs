// A product whose target is settled after the call (a later annotated use) is checked then: `f64: Product<&i32>` is E0277.
fn show(x: f64) {
    println!("{}", x);
}

fn main() {
    let v = vec![2, 3];
    let p = v.iter().map(|x: &i32| x).product();
    show(p);
}
// error: E0277 at 8:39
