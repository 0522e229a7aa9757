// Bodies are borrow-checked in the order they are written: an assignment through `&` in the first function (E0594) comes before a use after a move in main.
fn bump(n: &i32) {
    *n += 1;
}

fn main() {
    let s = String::from("a");
    let t = s;
    println!("{} {}", s, t);
    bump(&1);
}
// error: E0594 at 3:5
