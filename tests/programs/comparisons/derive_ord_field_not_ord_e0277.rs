// `#[derive(Ord)]` on a struct whose field type is not Ord is error E0277 at that field.
#[derive(PartialEq, Eq, PartialOrd)]
struct Inner(u32);

#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Outer {
    id: u32,
    inner: Inner,
}

fn main() {
    let o = Outer { id: 1, inner: Inner(2) };
    println!("{}", o.id);
}
// error: E0277 at 8:5
