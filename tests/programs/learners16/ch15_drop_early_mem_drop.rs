// std::mem::drop(c) drops a value before the end of main.
struct CustomSmartPointer {
    data: String,
}

impl Drop for CustomSmartPointer {
    fn drop(&mut self) {
        println!("Dropping CustomSmartPointer with data `{}`!", self.data);
    }
}

fn main() {
    let c = CustomSmartPointer { data: String::from("some data") };
    let d = CustomSmartPointer { data: String::from("more data") };
    println!("CustomSmartPointer created.");
    drop(c);
    println!("CustomSmartPointer dropped before the end of main.");
    let _ = &d;
}
// expect: CustomSmartPointer created.
// expect: Dropping CustomSmartPointer with data `some data`!
// expect: CustomSmartPointer dropped before the end of main.
// expect: Dropping CustomSmartPointer with data `more data`!
