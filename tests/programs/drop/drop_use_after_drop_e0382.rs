// After drop(c) the value is moved: reading c.data is E0382.
struct CustomSmartPointer {
    data: String,
}

impl Drop for CustomSmartPointer {
    fn drop(&mut self) {
        println!("Dropping {}", self.data);
    }
}

fn main() {
    let c = CustomSmartPointer { data: String::from("some data") };
    drop(c);
    println!("{}", c.data);
}
// error: E0382 at 15:20
