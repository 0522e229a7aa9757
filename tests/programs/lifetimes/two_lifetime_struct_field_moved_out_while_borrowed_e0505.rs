// A field copied out of a two-lifetime struct keeps its own String borrowed: moving that String before the field's last use is E0505.
struct Pair<'a, 'b> {
    x: &'a str,
    y: &'b str,
}

fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let p = Pair { x: &a, y: &b };
    let y = p.y;
    let moved = b;
    println!("{} {}", y, moved);
}
// error: E0505 at 12:17
