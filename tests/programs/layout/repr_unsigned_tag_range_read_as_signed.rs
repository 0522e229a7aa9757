// An unsigned `#[repr(u8)]` tag's valid range is its discriminants' span read as signed when that is no wider (0, 1, 2, 255 is 255..=2), as rustc lays it out, so Option and Option<Option> fit in the tag's free values.
use std::mem::size_of;

#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(u8)]
enum Level {
    Low,
    Mid,
    High,
    Max = 255,
}

#[allow(dead_code)]
#[repr(u8)]
enum Edge {
    Zero = 0,
    Top = 255,
}

#[allow(dead_code)]
#[repr(u8)]
enum Spread {
    A = 0,
    B = 127,
    C = 128,
}

#[allow(dead_code)]
#[repr(i8)]
enum Signed {
    Min = -128,
    Max = 127,
}

#[allow(dead_code)]
#[repr(u16)]
enum Wide {
    First = 0,
    Last = 65535,
}

fn main() {
    println!("{} {} {}", size_of::<Level>(), size_of::<Option<Level>>(), size_of::<Option<Option<Level>>>());
    println!("{} {}", size_of::<Option<Edge>>(), size_of::<Option<Option<Option<Edge>>>>());
    println!("{} {}", size_of::<Option<Spread>>(), size_of::<Option<Option<Spread>>>());
    println!("{} {}", size_of::<Option<Signed>>(), size_of::<Option<Option<Signed>>>());
    println!("{} {}", size_of::<Option<Wide>>(), size_of::<(Option<Wide>, u8)>());
    let levels = [Some(Level::Max), None, Some(Level::Low)];
    let maybe: Option<Option<Level>> = Some(None);
    println!("{:?} {:?} {}", levels, maybe, levels[0] == Some(Level::Max));
}
// expect: 1 1 1
// expect: 1 1
// expect: 1 1
// expect: 2 2
// expect: 2 4
// expect: [Some(Max), None, Some(Low)] Some(None) true
