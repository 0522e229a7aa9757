// Calling a Drop impl's drop method directly is E0040.
struct Droppable {
    name: &'static str,
}

impl Drop for Droppable {
    fn drop(&mut self) {
        println!("> Dropping {}", self.name);
    }
}

fn main() {
    let mut a = Droppable { name: "a" };
    a.drop();
}
// error: E0040 at 14:7
