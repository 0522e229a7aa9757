// fmt::Display::fmt(&self.0, f) and fmt::Debug::fmt on a String, bool, char and u32 write them with the Formatter's fill, alignment, width and zero padding.
use std::fmt;

struct Name(String);
struct Flag(bool);
struct Letter(char);
struct Count(u32);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
impl fmt::Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}
impl fmt::Display for Letter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
impl fmt::Debug for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Count(")?;
        fmt::Debug::fmt(&self.0, f)?;
        write!(f, ")")
    }
}

fn main() {
    println!("[{:>6}]", Name(String::from("ann")));
    println!("[{:^7}]", Flag(true));
    println!("[{:*<3}]", Letter('x'));
    println!("{:?}", Count(7));
    println!("{:05?}", Count(7));
}
// expect: [   ann]
// expect: [ true  ]
// expect: [x**]
// expect: Count(7)
// expect: Count(00007)
