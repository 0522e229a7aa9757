// The book's CustomSmartPointer with a printing Drop: two values dropped in reverse order at the end of main.
struct CustomSmartPointer {
    data: String,
}

impl Drop for CustomSmartPointer {
    fn drop(&mut self) {
        println!("Dropping CustomSmartPointer with data `{}`!", self.data);
    }
}

fn main() {
    let _c = CustomSmartPointer { data: String::from("my stuff") };
    let _d = CustomSmartPointer { data: String::from("other stuff") };
    println!("CustomSmartPointers created.");
}
// expect: CustomSmartPointers created.
// expect: Dropping CustomSmartPointer with data `other stuff`!
// expect: Dropping CustomSmartPointer with data `my stuff`!
