// A generic identity function hands its argument's borrow on to its result: used after the String is dropped (E0597).
fn same<T>(value: T) -> T {
    value
}

fn main() {
    let kept;
    {
        let name = String::from("Ferris");
        kept = same(&name);
    }
    println!("{}", kept);
}
// error: E0597 at 10:21
