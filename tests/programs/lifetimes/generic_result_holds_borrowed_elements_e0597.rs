// A generic function's result of type T holds what its argument borrows: used after the String is dropped (E0597).
fn first<T: Copy>(items: &[T]) -> T {
    items[0]
}

fn main() {
    let r;
    {
        let s = String::from("inner");
        let refs = [s.as_str(), "b"];
        r = first(&refs);
    }
    println!("{}", r);
}
// error: E0597 at 10:21
