// `self::` starts at the current module and `super::` at its parent; a child module can see its parent's private items.
mod network {
    fn secret_port() -> u16 {
        8080
    }

    pub mod server {
        pub fn start() -> u16 {
            super::secret_port() + self::offset()
        }

        fn offset() -> u16 {
            1
        }
    }
}

fn main() {
    println!("{}", network::server::start());
}
// expect: 8081
