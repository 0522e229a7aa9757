// A `pub(super)` function in a grandchild module is visible only to its parent module, so calling it from the crate root is E0603.
mod outer {
    pub mod inner {
        pub(super) fn helper() -> i32 {
            7
        }
    }

    pub fn call() -> i32 {
        inner::helper()
    }
}

fn main() {
    println!("{}", outer::call());
    println!("{}", outer::inner::helper());
}
// error: E0603 at 16:34
