// Drop order: nested blocks, an explicit drop(), then the rest at the end of main.
struct Droppable {
    name: &'static str,
}

impl Drop for Droppable {
    fn drop(&mut self) {
        println!("> Dropping {}", self.name);
    }
}

fn main() {
    let _a = Droppable { name: "a" };
    {
        let _b = Droppable { name: "b" };
        {
            let _c = Droppable { name: "c" };
            let _d = Droppable { name: "d" };
            println!("Exiting block B");
        }
        println!("Just exited block B");
        println!("Exiting block A");
    }
    println!("Just exited block A");
    drop(_a);
    println!("end of the main function");
}
// expect: Exiting block B
// expect: > Dropping d
// expect: > Dropping c
// expect: Just exited block B
// expect: Exiting block A
// expect: > Dropping b
// expect: Just exited block A
// expect: > Dropping a
// expect: end of the main function
