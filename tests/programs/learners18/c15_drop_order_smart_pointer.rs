// CustomSmartPointer values drop in reverse order of creation, and drop(c) drops early.
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
    let d = CustomSmartPointer { data: String::from("other stuff") };
    let e = CustomSmartPointer { data: String::from("early") };
    println!("CustomSmartPointers created.");
    drop(e);
    println!("CustomSmartPointer dropped before the end of main.");
    let _ = d;
    println!("end of main");
}
// expect: CustomSmartPointers created.
// expect: Dropping CustomSmartPointer with data `early`!
// expect: CustomSmartPointer dropped before the end of main.
// expect: end of main
// expect: Dropping CustomSmartPointer with data `other stuff`!
// expect: Dropping CustomSmartPointer with data `my stuff`!
