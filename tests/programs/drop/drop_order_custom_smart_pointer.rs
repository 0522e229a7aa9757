// The book's CustomSmartPointer: drops in reverse order of declaration at main's end, after the last println.
struct CustomSmartPointer {
    data: String,
}

impl Drop for CustomSmartPointer {
    fn drop(&mut self) {
        println!("Dropping CustomSmartPointer with data `{}`!", self.data);
    }
}

fn main() {
    let c = CustomSmartPointer {
        data: String::from("my stuff"),
    };
    let d = CustomSmartPointer {
        data: String::from("other stuff"),
    };
    let e = CustomSmartPointer { data: String::from("third") };
    drop(e);
    println!("CustomSmartPointers created.");
    let _ = &c;
    let _ = &d;
}
// expect: Dropping CustomSmartPointer with data `third`!
// expect: CustomSmartPointers created.
// expect: Dropping CustomSmartPointer with data `other stuff`!
// expect: Dropping CustomSmartPointer with data `my stuff`!
