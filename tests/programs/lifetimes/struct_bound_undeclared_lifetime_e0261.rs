// A struct's bound naming a lifetime it does not declare is E0261.
struct Holder<'a, T: 'b> {
    item: &'a T,
}

fn main() {
    let x = 1;
    let h = Holder { item: &x };
    println!("{}", h.item);
}
// error: E0261 at 2:22
