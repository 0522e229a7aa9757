// A let-else whose else block doesn't diverge: E0308 `else` clause of `let...else` does not diverge.
fn main() {
    let v: Option<i32> = None;
    let Some(x) = v else {
        println!("none");
    };
    println!("{}", x);
}
// error: E0308 at 4:26
