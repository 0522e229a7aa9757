// The impl reads the placeholder's options through the Formatter: width, precision, fill, alternate and sign.
use std::fmt;

struct Probe;

impl fmt::Display for Probe {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "w={:?} p={:?} fill={:?} alt={} plus={}", f.width(), f.precision(), f.fill(), f.alternate(), f.sign_plus())
    }
}

fn main() {
    println!("{}", Probe);
    println!("{:*^9.3}", Probe);
    println!("{:+#}", Probe);
    let w = 4;
    println!("{:w$}", Probe);
}
// expect: w=None p=None fill=' ' alt=false plus=false
// expect: w=Some(9) p=Some(3) fill='*' alt=false plus=false
// expect: w=None p=None fill=' ' alt=true plus=true
// expect: w=Some(4) p=None fill=' ' alt=false plus=false
