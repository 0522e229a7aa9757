// A generic notify<T: Summary> called with an i32, which has no Summary impl: E0277 at the argument.
trait Summary {
    fn summarize(&self) -> String;
}

fn notify<T: Summary>(item: &T) {
    println!("{}", item.summarize());
}

fn main() {
    notify(&5);
}
// error: E0277 at 11:12
// headline: differs: the engine has settled the integer to i32 where rustc still says `{integer}`
