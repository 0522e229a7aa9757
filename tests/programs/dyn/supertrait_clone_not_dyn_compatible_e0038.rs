// A trait with `Clone` as supertrait requires `Self: Sized` (clone returns Self), so it is not dyn compatible: E0038 at the `dyn` type.
trait Shape: Clone {
    fn area(&self) -> u32;
}

fn main() {
    let v: Vec<Box<dyn Shape>> = Vec::new();
    println!("{}", v.len());
}
// error: E0038 at 7:24
