// Display with computed text (N/S, E/W) and an RGB color printed as hex with zero padding.
use std::fmt::{self, Display, Formatter};

struct City {
    name: &'static str,
    lat: f32,
    lon: f32,
}

impl Display for City {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        let lat_c = if self.lat >= 0.0 { 'N' } else { 'S' };
        let lon_c = if self.lon >= 0.0 { 'E' } else { 'W' };
        write!(f, "{}: {:.3}°{} {:.3}°{}", self.name, self.lat.abs(), lat_c, self.lon.abs(), lon_c)
    }
}

#[derive(Debug)]
struct Color {
    red: u8,
    green: u8,
    blue: u8,
}

impl Display for Color {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        write!(f, "RGB ({}, {}, {}) 0x{:02X}{:02X}{:02X}", self.red, self.green, self.blue, self.red, self.green, self.blue)
    }
}

fn main() {
    for city in [
        City { name: "Dublin", lat: 53.347778, lon: -6.259722 },
        City { name: "Oslo", lat: 59.95, lon: 10.75 },
        City { name: "Vancouver", lat: 49.25, lon: -123.1 },
    ] {
        println!("{}", city);
    }
    for color in [
        Color { red: 128, green: 255, blue: 90 },
        Color { red: 0, green: 3, blue: 254 },
        Color { red: 0, green: 0, blue: 0 },
    ] {
        println!("{:?} {}", color, color);
    }
}
// expect: Dublin: 53.348°N 6.260°W
// expect: Oslo: 59.950°N 10.750°E
// expect: Vancouver: 49.250°N 123.100°W
// expect: Color { red: 128, green: 255, blue: 90 } RGB (128, 255, 90) 0x80FF5A
// expect: Color { red: 0, green: 3, blue: 254 } RGB (0, 3, 254) 0x0003FE
// expect: Color { red: 0, green: 0, blue: 0 } RGB (0, 0, 0) 0x000000
