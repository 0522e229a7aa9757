// A let-else whose else block does not diverge is E0308.
fn main() {
    let v = Some(3);
    let Some(x) = v else {
        println!("none");
    };
    println!("{}", x);
}
// error: E0308 at 4:26
