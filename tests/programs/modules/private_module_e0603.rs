// A module without `pub` is private too: its public items cannot be reached through it from outside.
mod outer {
    mod inner {
        pub fn deep() -> i32 {
            7
        }
    }

    pub fn through() -> i32 {
        inner::deep()
    }
}

fn main() {
    println!("{}", outer::through());
    println!("{}", outer::inner::deep());
}
// error: E0603 at 16:27
