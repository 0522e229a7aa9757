// A let-else whose else block does not diverge is E0308.
fn main() {
    let v: Option<i32> = None;
    let Some(x) = v else {
        println!("nothing");
    };
    println!("{x}");
}
// error: E0308 at 4:26
