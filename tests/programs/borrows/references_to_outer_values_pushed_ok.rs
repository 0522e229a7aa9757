// References to values that outlive the Vec may be pushed into it: the Vec is dropped first.
fn main() {
    let a = String::from("left");
    let b = String::from("right");
    let mut sides: Vec<&String> = Vec::new();
    sides.push(&a);
    sides.push(&b);
    for s in &sides {
        println!("{}", s);
    }
}
// expect: left
// expect: right
